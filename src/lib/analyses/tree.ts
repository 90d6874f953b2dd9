/** A labelled tree and its rendering with box-drawing branches, like checkpointctl's trees. */
export interface TreeNode {
  label: string;
  children?: TreeNode[];
}

/**
 * Levels drawn with their own indent. Deeper nodes keep the indent of this level and say
 * their level instead: a 20,000-deep chain indented in full would be 20,000 lines of up to
 * 80,000 characters (1.6 GB of text).
 */
export const MAX_INDENT_LEVELS = 64;

/** `(level 20001) ` before the label of a node drawn at a capped indent, else nothing. */
export const levelMark = (level: number): string =>
  level > MAX_INDENT_LEVELS ? `(level ${level}) ` : '';

/**
 * The lines of the tree, depth first. Walked with an explicit stack: a process tree from the
 * checkpoint can be any depth (an edited pstree of 20,000 nested tasks), deeper than the call
 * stack allows.
 */
export function renderTree(root: TreeNode): string[] {
  const lines = [root.label];
  type Item = { node: TreeNode; prefix: string; last: boolean; level: number };
  const stack: Item[] = [];
  const pushChildren = (nodes: TreeNode[] | undefined, prefix: string, level: number) => {
    if (!nodes) return;
    for (let i = nodes.length - 1; i >= 0; i--)
      stack.push({ node: nodes[i], prefix, last: i === nodes.length - 1, level });
  };
  pushChildren(root.children, '', 1);
  while (stack.length) {
    const { node, prefix, last, level } = stack.pop()!;
    lines.push(`${prefix}${last ? '└── ' : '├── '}${levelMark(level)}${node.label}`);
    const deeper = level >= MAX_INDENT_LEVELS ? prefix : prefix + (last ? '    ' : '│   ');
    pushChildren(node.children, deeper, level + 1);
  }
  return lines;
}
