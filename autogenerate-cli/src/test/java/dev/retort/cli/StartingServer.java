package dev.retort.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server that is still starting: its first connections are answered as a booting
 * server answers them, with FATAL 57P03 "the database system is starting up"; every later one is
 * forwarded to the real server, byte for byte.
 */
final class StartingServer implements AutoCloseable {

  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;

  private final ServerSocket socket;
  private final String targetHost;
  private final int targetPort;
  private final AtomicInteger refusalsLeft;
  private final AtomicInteger refused = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private StartingServer(String targetHost, int targetPort, int refusals) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.refusalsLeft = new AtomicInteger(refusals);
    Thread acceptor = new Thread(this::serve, "starting-postgres");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server in front of the one of {@code jdbcUrl} that turns the first {@code refusals} connections away. */
  static StartingServer before(String jdbcUrl, int refusals) throws IOException {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return new StartingServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), refusals);
  }

  int port() {
    return socket.getLocalPort();
  }

  /** How many connections were turned away as still starting. */
  int refused() {
    return refused.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        sockets.add(client);
        if (refusalsLeft.getAndDecrement() > 0) {
          try (client) {
            refuse(client);
            refused.incrementAndGet();
          }
        } else {
          Socket upstream = new Socket(targetHost, targetPort);
          sockets.add(upstream);
          pump(client.getInputStream(), upstream.getOutputStream());
          pump(upstream.getInputStream(), client.getOutputStream());
        }
      } catch (IOException e) {
        // The client hung up, or the server is closing.
      }
    }
  }

  /** Reads the startup message (declining SSL and GSS) and answers that the database system is starting up. */
  private static void refuse(Socket client) throws IOException {
    DataInputStream in = new DataInputStream(client.getInputStream());
    DataOutputStream out = new DataOutputStream(client.getOutputStream());
    while (true) {
      int length = in.readInt();
      byte[] body = new byte[length - 4];
      in.readFully(body);
      int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
      if (code != SSL_REQUEST && code != GSS_REQUEST) {
        break;
      }
      out.writeByte('N');
      out.flush();
    }
    ByteArrayOutputStream fields = new ByteArrayOutputStream();
    field(fields, 'S', "FATAL");
    field(fields, 'V', "FATAL");
    field(fields, 'C', "57P03");
    field(fields, 'M', "the database system is starting up");
    fields.write(0);
    out.writeByte('E');
    out.writeInt(fields.size() + 4);
    out.write(fields.toByteArray());
    out.flush();
  }

  private static void field(ByteArrayOutputStream out, char type, String value) {
    out.write(type);
    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    out.write(0);
  }

  private static void pump(InputStream in, OutputStream out) {
    Thread thread = new Thread(() -> {
      try (in; out) {
        in.transferTo(out);
      } catch (IOException e) {
        // one side closed
      }
    }, "starting-postgres-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket open : sockets) {
      open.close();
    }
  }
}
