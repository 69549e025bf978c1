/** The file is not well-formed XML; `line` is 1-based, `column` counts characters from 1. */
export class WxrSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(`WXR: неверный XML в строке ${line}, столбце ${column}: ${detail}`);
    this.name = "WxrSyntaxError";
  }
}

/** Well-formed XML that is not a WordPress export, or one in an encoding the runtime cannot decode. */
export class WxrFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WxrFormatError";
  }
}
