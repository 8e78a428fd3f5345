export default function Screen() {
  return <h1>rights</h1>;
}
