export default function Screen() {
  return <h1>start</h1>;
}
