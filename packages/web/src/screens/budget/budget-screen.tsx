export default function Screen() {
  return <h1>budget</h1>;
}
