/// Runs the build stages over a book: load → parse → run → verify → splice → render → write.
public enum Pipeline {}
