export { isValidMediaKey, mediaDir, mediaFile, mediaRoot, mediaUrl, pickWidth, PREVIEW_WIDTH, variantObjectKey } from "./paths";
export {
  deleteImage,
  ImageTooLargeError,
  MAX_INPUT_PIXELS,
  resolveStorage,
  writeImageVariants,
  WEBP_QUALITY,
  type StorageOption,
  type StoredImage,
} from "./variants";
export { JPEG_QUALITY, jpegVariant, jpegVariantBytes, mediaJpegFile } from "./jpeg";
export { readImageVariant } from "./read-variant";
export { mediaSrc, withPublicMediaUrls } from "./public-url";
