export default function Screen() {
  return <h1>documents</h1>;
}
