export default function Screen() {
  return <h1>negotiate</h1>;
}
