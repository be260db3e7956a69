/**
 * `load` run on the first call and its result shared by every later one (a module imported on
 * first use, say); a load that fails is forgotten, so the next call tries again.
 */
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}
