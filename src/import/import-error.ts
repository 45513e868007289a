// An input the importer cannot read: the message is for the person who ran the command, in Russian.
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
