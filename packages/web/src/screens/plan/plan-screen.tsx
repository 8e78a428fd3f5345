export default function Screen() {
  return <h1>plan</h1>;
}
