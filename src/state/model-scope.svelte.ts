/**
 * Which container of the open archive the model views show: a pod checkpoint holds several,
 * each with its own process tree. Index into `modelContainers()`; 0 for everything else.
 */
class ModelScope {
  container = $state(0);
}

export const modelScope = new ModelScope();
