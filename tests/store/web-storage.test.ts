import { webStorage } from '../../src/store/caching/storage';

/** A Web Storage whose every call throws, as in a frame where the browser blocks storage. */
function refusingStorage(): Storage {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    getItem: refuse,
    setItem: refuse,
    removeItem: refuse,
    clear: refuse,
    key: refuse,
    get length(): number {
      return refuse();
    },
  };
}

describe('webStorage over a storage that refuses', () => {
  const storage = webStorage(refusingStorage());

  test('a refused read is a miss', () => {
    expect(storage.get('okr-coach:board')).toBeUndefined();
  });

  test('a refused write, removal or listing changes nothing and throws nothing', () => {
    expect(() => storage.set('okr-coach:board', '{}')).not.toThrow();
    expect(() => storage.remove('okr-coach:board')).not.toThrow();
    expect(storage.keys('okr-coach:')).toEqual([]);
  });
});
