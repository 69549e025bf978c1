export { isValidMediaKey, mediaDir, mediaFile, mediaRoot, mediaUrl, pickWidth, PREVIEW_WIDTH } from "./paths";
export { deleteImage, ImageTooLargeError, MAX_INPUT_PIXELS, writeImageVariants, WEBP_QUALITY, type StoredImage } from "./variants";
export { JPEG_QUALITY, jpegVariant, jpegVariantBytes, mediaJpegFile } from "./jpeg";
