//! A tiny HTTP/1.1 server on 127.0.0.1 for the tests that download (imports, link checks):
//! one thread accepting, one per connection; each request's method and path go to the test's
//! handler. It stops when dropped, and by itself after a minute whatever happens. No test
//! touches another address.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

type Handler = dyn Fn(&str, &str, &mut TcpStream, &AtomicBool) + Send + Sync;

/// A running server.
pub struct Server {
    base: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts a server; `handler` gets each request's path, the connection and a flag
    /// set when the server stops (long-running handlers must watch it).
    pub fn start(
        handler: impl Fn(&str, &mut TcpStream, &AtomicBool) + Send + Sync + 'static,
    ) -> Self {
        Self::start_with_method(move |_, path, stream, stop| handler(path, stream, stop))
    }

    /// [`Self::start`] with a handler that also gets the request's method (`GET`, `HEAD`).
    pub fn start_with_method(
        handler: impl Fn(&str, &str, &mut TcpStream, &AtomicBool) + Send + Sync + 'static,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let thread = {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || accept_loop(&listener, &handler, &stop))
        };
        Self {
            base,
            stop,
            thread: Some(thread),
        }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn accept_loop(listener: &TcpListener, handler: &Arc<Handler>, stop: &Arc<AtomicBool>) {
    let until = Instant::now() + Duration::from_secs(60);
    let mut connections = Vec::new();
    while !stop.load(Ordering::Relaxed) && Instant::now() < until && connections.len() < 64 {
        match listener.accept() {
            Ok((mut stream, _)) => {
                let handler = Arc::clone(handler);
                let stop = Arc::clone(stop);
                connections.push(std::thread::spawn(move || {
                    let _ = stream.set_nonblocking(false);
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
                    if let Some((method, path)) = read_request_line(&mut stream) {
                        handler(&method, &path, &mut stream, &stop);
                    }
                }));
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break,
        }
    }
    // Handlers see the flag only once the server is dropped; wait for them then.
    while !stop.load(Ordering::Relaxed) && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(5));
    }
    for connection in connections {
        let _ = connection.join();
    }
}

/// Reads a request's head and returns the method and path of its first line.
fn read_request_line(stream: &mut TcpStream) -> Option<(String, String)> {
    let mut head = Vec::new();
    let mut byte = [0];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    let mut words = head.split(' ');
    Some((words.next()?.to_owned(), words.next()?.to_owned()))
}

/// Writes a whole response and closes the connection.
pub fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}
