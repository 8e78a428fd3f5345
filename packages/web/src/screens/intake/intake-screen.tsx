export default function Screen() {
  return <h1>intake</h1>;
}
