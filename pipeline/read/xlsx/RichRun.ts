/** A run of rich text: its text and, when its <rPr> names one, its font (<rFont>). */
export interface RichRun {
  text: string;
  font: string | undefined;
}
