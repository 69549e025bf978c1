export { isValidMediaKey, mediaDir, mediaFile, mediaRoot, mediaUrl, pickWidth } from "./paths";
export { deleteImage, ImageTooLargeError, MAX_INPUT_PIXELS, writeImageVariants, WEBP_QUALITY, type StoredImage } from "./variants";
