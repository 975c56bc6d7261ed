/** Thrown by a reader when a file must be rejected whole; `message` is the Vietnamese reason shown to the user. */
export class FileRejection extends Error {
  readonly reasonCode: string;

  constructor(reasonCode: string, message: string) {
    super(message);
    this.name = "FileRejection";
    this.reasonCode = reasonCode;
  }
}
