/** The few colours the stylish formatter uses; plain identity functions when colour is off. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const id = (s: string): string => s;
export const PLAIN: Paint = { red: id, yellow: id, blue: id, green: id, dim: id, bold: id };

/** chalk is loaded only when colour is really wanted: it costs start-up time otherwise. */
export async function loadPaint(enabled: boolean): Promise<Paint> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, blue: c.blue, green: c.green, dim: c.dim, bold: c.bold };
}
