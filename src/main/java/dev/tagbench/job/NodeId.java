package dev.tagbench.job;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Names this node in the job log and in the scheduler's lock rows: {@code tagbench.node-id} when
 * set, else host name and process id, which differ between nodes and between restarts.
 */
public record NodeId(String value) {

    public NodeId {
        if (value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException("A node id has 1 to 255 characters: '" + value + "'");
        }
    }

    static NodeId of(String configured) {
        return new NodeId(
                configured.isBlank()
                        ? hostName() + "-" + ProcessHandle.current().pid()
                        : configured.strip());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
