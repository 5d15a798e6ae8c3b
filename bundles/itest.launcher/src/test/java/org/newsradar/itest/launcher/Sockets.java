package org.newsradar.itest.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The listening TCP sockets of a process, as Linux's /proc shows them. */
final class Sockets {
	private static final String LISTEN = "0A";

	private Sockets() {
	}

	/** @return the local addresses ({@code hex-ip:hex-port}) of the process's listening TCP sockets */
	static List<String> listening(long pid) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/fd"))) {
			for (Path fd : fds) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				} catch (IOException closedMeanwhile) {
					// the descriptor went away while we looked
				}
			}
		}
		List<String> addresses = new ArrayList<>();
		for (String table : List.of("/proc/" + pid + "/net/tcp", "/proc/" + pid + "/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.isReadable(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] f = line.trim().split("\\s+");
				if (f.length > 9 && f[3].equals(LISTEN) && inodes.contains(f[9])) {
					addresses.add(f[1]);
				}
			}
		}
		return addresses;
	}

	/** @return whether a /proc address is 127.0.0.0/8 or ::1 (or an IPv4-mapped 127.x address) */
	static boolean isLoopback(String address) {
		String ip = address.substring(0, address.indexOf(':'));
		if (ip.length() == 8) {
			return ip.endsWith("7F"); // little-endian: 127.x.y.z is written zyx7F
		}
		return ip.equals("00000000000000000000000001000000") || (ip.startsWith("0000000000000000FFFF0000") && ip.endsWith("7F"));
	}
}
