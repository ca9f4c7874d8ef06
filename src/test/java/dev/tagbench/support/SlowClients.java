package dev.tagbench.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Slow clients, as a slowloris-style attacker opens them: each connection POSTs to a path declaring
 * a body of {@code contentLength} bytes and then sends one byte per {@code interval}, so a server
 * that gives each request a thread until its body is read keeps that thread for hours. One thread
 * here feeds all of them.
 */
public final class SlowClients implements AutoCloseable {

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();

    private SlowClients() {}

    /**
     * Opens {@code count} connections at once, sends each the request head and a first byte, then
     * feeds them. Connections the server does not accept within a few seconds are left out; see
     * {@link #held()}.
     */
    public static SlowClients open(int port, int count, String path, int contentLength, Duration interval)
            throws IOException, InterruptedException {
        var clients = new SlowClients();
        var head = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + contentLength
                        + "\r\n\r\nu")
                .getBytes(StandardCharsets.US_ASCII);
        try (var connecting = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var i = 0; i < count; i++) {
                connecting.submit(() -> {
                    var socket = new Socket();
                    try {
                        socket.connect(new InetSocketAddress("localhost", port), 5_000);
                        socket.getOutputStream().write(head);
                        socket.getOutputStream().flush();
                        synchronized (clients.sockets) {
                            clients.sockets.add(socket);
                        }
                    } catch (IOException notAccepted) {
                        closeQuietly(socket);
                    }
                });
            }
        }
        if (clients.held() == 0) {
            clients.close();
            throw new IOException("The server accepted none of " + count + " connections");
        }
        clients.feeder.scheduleWithFixedDelay(
                clients::feed, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return clients;
    }

    private void feed() {
        synchronized (sockets) {
            for (var socket : sockets) {
                if (socket.isClosed()) {
                    continue;
                }
                try {
                    if (socket.getInputStream().available() > 0) {
                        // The server answered (refused the request): it no longer holds it.
                        closeQuietly(socket);
                        continue;
                    }
                    socket.getOutputStream().write('x');
                    socket.getOutputStream().flush();
                } catch (IOException dropped) {
                    // The server closed it; it counts as no longer held.
                    closeQuietly(socket);
                }
            }
        }
    }

    /** How many of the connections the server still holds open, as far as writing to them tells. */
    public int held() {
        synchronized (sockets) {
            return (int) sockets.stream().filter(socket -> !socket.isClosed()).count();
        }
    }

    @Override
    public void close() {
        feeder.shutdownNow();
        synchronized (sockets) {
            sockets.forEach(SlowClients::closeQuietly);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // nothing left to release
        }
    }
}
