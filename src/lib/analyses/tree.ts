/** A labelled tree and its rendering with box-drawing branches, like checkpointctl's trees. */
export interface TreeNode {
  label: string;
  children?: TreeNode[];
}

export function renderTree(root: TreeNode): string[] {
  const lines = [root.label];
  const walk = (nodes: TreeNode[], prefix: string): void => {
    nodes.forEach((n, i) => {
      const last = i === nodes.length - 1;
      lines.push(`${prefix}${last ? '└── ' : '├── '}${n.label}`);
      if (n.children?.length) walk(n.children, prefix + (last ? '    ' : '│   '));
    });
  };
  walk(root.children ?? [], '');
  return lines;
}
