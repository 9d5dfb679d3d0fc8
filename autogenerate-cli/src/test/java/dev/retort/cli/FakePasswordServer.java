package dev.retort.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Speaks just enough of PostgreSQL's wire protocol to ask for a password and refuse it, as a
 * server with password authentication does: the local test server trusts everyone, so a wrong
 * password can only be provoked here. It records the users and passwords it was sent.
 */
final class FakePasswordServer implements AutoCloseable {

  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;

  private final ServerSocket socket;
  private final List<String> users = Collections.synchronizedList(new ArrayList<>());
  private final List<String> passwords = Collections.synchronizedList(new ArrayList<>());
  private final Thread acceptor;

  FakePasswordServer() throws IOException {
    socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serve, "fake-postgres");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  List<String> users() {
    return List.copyOf(users);
  }

  List<String> passwords() {
    return List.copyOf(passwords);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        refuse(client);
      } catch (IOException e) {
        // The client hung up, or the server is closing; either way the next client is served.
      }
    }
  }

  private void refuse(Socket client) throws IOException {
    DataInputStream in = new DataInputStream(client.getInputStream());
    DataOutputStream out = new DataOutputStream(client.getOutputStream());
    byte[] startup;
    while (true) {
      int length = in.readInt();
      byte[] body = new byte[length - 4];
      in.readFully(body);
      int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
      if (code == SSL_REQUEST || code == GSS_REQUEST) {
        out.writeByte('N');
        out.flush();
        continue;
      }
      startup = body;
      break;
    }
    String user = parameter(startup, "user");
    users.add(user);
    out.writeByte('R');
    out.writeInt(8);
    out.writeInt(3); // AuthenticationCleartextPassword
    out.flush();
    if (in.readByte() != 'p') {
      return;
    }
    byte[] password = new byte[in.readInt() - 4];
    in.readFully(password);
    passwords.add(new String(password, 0, password.length - 1, StandardCharsets.UTF_8));
    ByteArrayOutputStream fields = new ByteArrayOutputStream();
    field(fields, 'S', "FATAL");
    field(fields, 'V', "FATAL");
    field(fields, 'C', "28P01");
    field(fields, 'M', "password authentication failed for user \"" + user + "\"");
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

  /** The value of {@code name} in a startup message body (protocol version, then name/value C strings). */
  private static String parameter(byte[] startup, String name) {
    List<String> strings = new ArrayList<>();
    int start = 4;
    for (int i = 4; i < startup.length; i++) {
      if (startup[i] == 0) {
        strings.add(new String(startup, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    for (int i = 0; i + 1 < strings.size(); i += 2) {
      if (strings.get(i).equals(name)) {
        return strings.get(i + 1);
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
