import type { Verslag } from '../model/index.js';
import type { Product } from './product.js';

/** The whole record: for parse, query and export. */
export const recordProduct: Product<Verslag> = {
  id: 'record@1',
  make: (record) => record,
  withPath(value, path) {
    value.source.path = path;
    return value;
  },
};
