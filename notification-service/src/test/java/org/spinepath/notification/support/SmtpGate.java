package org.spinepath.notification.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP gate on loopback in front of the test SMTP server. Closed, the port refuses connections
 * exactly as a stopped mail server would; opened again on the same port, mail flows to the real
 * server. The mailer is configured with the gate's port.
 */
public final class SmtpGate {

    private static SmtpGate instance;

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private int port;
    private ServerSocket server;

    private SmtpGate(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    public static synchronized SmtpGate get(String targetHost, int targetPort) {
        if (instance == null) {
            instance = new SmtpGate(targetHost, targetPort);
            instance.open();
        }
        return instance;
    }

    public static synchronized SmtpGate get() {
        if (instance == null) {
            throw new IllegalStateException("the SMTP gate is not running: add SmtpGateResource to the test");
        }
        return instance;
    }

    public synchronized int port() {
        return port;
    }

    /** Accepts connections (again), on the same port as before. */
    public synchronized void open() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            server = socket;
            Thread.ofVirtual().name("smtp-gate").start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the SMTP gate on port " + port, e);
        }
    }

    /** Refuses every new connection and cuts the open ones: SMTP is down. */
    public synchronized void close() {
        if (server == null) {
            return;
        }
        quietly(server);
        server = null;
        sockets.forEach(SmtpGate::quietly);
        sockets.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pipe(client, upstream));
                Thread.ofVirtual().start(() -> pipe(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // one side closed: close the other below
        } finally {
            quietly(from);
            quietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private static void quietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
