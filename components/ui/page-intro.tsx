// The heading and one-line introduction that open a public list page.
export function PageIntro({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 text-lg text-muted">{intro}</p>
    </div>
  );
}
