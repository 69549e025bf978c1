/** What an image may weigh when uploaded or imported. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The widths every uploaded or imported image is stored at (no larger than the original). */
export const UPLOAD_WIDTHS = [320, 640, 960, 1280, 1920] as const;
