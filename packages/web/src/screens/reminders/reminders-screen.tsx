export default function Screen() {
  return <h1>reminders</h1>;
}
