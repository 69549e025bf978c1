export { isValidMediaKey, mediaDir, mediaFile, mediaRoot, mediaUrl, pickWidth } from "./paths";
export { deleteImage, writeImageVariants, WEBP_QUALITY, type StoredImage } from "./variants";
