import { useEffect } from 'react';

/** Names the browser tab after the screen: "Links · Smart Links". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Smart Links`;
  }, [title]);
}
