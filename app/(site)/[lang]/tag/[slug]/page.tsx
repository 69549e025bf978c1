import { archiveRoute } from "@/app/(site)/_components/archive-route";

const route = archiveRoute("tag").firstPage;

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
