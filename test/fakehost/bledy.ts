/** Errors shaped like OfficeExtension.Error (`code`, `message`, `debugInfo`). */
export class BladFake extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

export const niezaladowana = (nazwa: string) =>
  new BladFake(
    'PropertyNotLoaded',
    `The property '${nazwa}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
