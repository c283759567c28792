'use client';
// Drag and drop ordering of the questions in the editor, with the browser's own drag and drop (no
// library): an enhancement for a mouse. Each item keeps its ↑/↓ buttons, plain forms that work
// without JavaScript and from the keyboard; this list only adds dragging an item onto another's
// place. The new order is saved at once and the result is announced in a status region.
import { Children, useRef, useState, useTransition, type DragEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';

type Save = (order: number[]) => Promise<{ ok: boolean; message: string }>;

export function DragOrderList({ ids, save, children }: { ids: number[]; save: Save; children: ReactNode }) {
  const t = useTranslations('editor.questions');
  const router = useRouter();
  const items = Children.toArray(children);
  const [order, setOrder] = useState(ids);
  // The dragged item: a ref for the drag events (the first dragover may come before a re-render),
  // state for its look.
  const draggedRef = useRef<number | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [note, setNote] = useState<{ ok: boolean; message: string } | null>(null);
  const [saving, start] = useTransition();
  // A refresh from the server (an arrow, an edit) brings a new list: start again from it.
  const [seen, setSeen] = useState(ids);
  if (seen.join() !== ids.join()) {
    setSeen(ids);
    setOrder(ids);
  }
  const byId = new Map(ids.map((id, i) => [id, items[i]]));

  const drop = (target: number) => {
    const dragged = draggedRef.current;
    if (dragged === null || dragged === target) return;
    const next = order.filter((id) => id !== dragged);
    next.splice(next.indexOf(target) + (order.indexOf(dragged) < order.indexOf(target) ? 1 : 0), 0, dragged);
    const before = order;
    setOrder(next);
    start(async () => {
      const r = await save(next);
      setNote(r);
      if (r.ok) router.refresh();
      else setOrder(before);
    });
  };
  const on = (id: number) => ({
    draggable: !saving,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', String(id));
      draggedRef.current = id;
      setDragged(id);
    },
    onDragOver: (e: DragEvent) => {
      if (draggedRef.current === null) return;
      e.preventDefault();
      setOver(id);
    },
    onDragLeave: () => setOver((o) => (o === id ? null : o)),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      drop(id);
      draggedRef.current = null;
      setDragged(null);
      setOver(null);
    },
    onDragEnd: () => {
      draggedRef.current = null;
      setDragged(null);
      setOver(null);
    },
  });

  return (
    <>
      <p className="text-sm text-muted">{t('dragHint')}</p>
      <ol className="space-y-3" data-testid="question-list">
        {order.map((id) => (
          <li
            key={id}
            {...on(id)}
            className={`cursor-grab rounded border p-3 ${over === id ? 'border-brand-dark bg-brand-light' : 'border-line'} ${dragged === id ? 'opacity-60' : ''}`}
          >
            {byId.get(id)}
          </li>
        ))}
      </ol>
      <p role="status" className={note && !note.ok ? 'font-semibold text-bad' : 'font-semibold text-ok'}>
        {saving ? t('dragging') : (note?.message ?? '')}
      </p>
    </>
  );
}
