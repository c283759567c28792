// See layout.tsx: an empty page, the floor every page of the build pays.
export default function BenchFloor() {
  return <main />;
}
