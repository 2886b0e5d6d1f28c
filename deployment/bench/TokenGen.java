import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Signs bearer tokens for the benchmark: generates an RSA key pair, writes the public key
 * (what the service's "bench" profile verifies against) and one token per line for the
 * seeded people. Run with the JDK alone: {@code java TokenGen.java <out-dir> <first> <last>}.
 *
 * <p>Files written: {@code public-key.txt} (base64 X.509), {@code voters.txt} (officers
 * first..last, one token each), {@code readers.txt} (the same officers, for read paths),
 * {@code organizer.txt} and {@code innovation.txt}.
 */
public final class TokenGen {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int last = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Files.writeString(out.resolve("public-key.txt"),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));

        long now = System.currentTimeMillis() / 1000;
        List<String> officers = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            officers.add(token(keys.getPrivate(), now, "bench-officer-" + n, "officer" + n, "Officer " + n,
                    "Department " + (n % 40), "officer"));
        }
        Files.write(out.resolve("voters.txt"), officers);
        Files.write(out.resolve("readers.txt"), officers);
        write(out.resolve("organizer.txt"), token(keys.getPrivate(), now, "bench-organizer", "organizer",
                "Bench Organizer", "Department 0", "organizer"));
        write(out.resolve("innovation.txt"), token(keys.getPrivate(), now, "bench-innovation", "innovation",
                "Bench Innovation", "Department 1", "innovation-office"));
    }

    private static void write(Path file, String token) throws IOException {
        Files.writeString(file, token + "\n");
    }

    private static String token(PrivateKey key, long now, String subject, String username, String name,
                                String department, String role) throws Exception {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"semillero-bench\",\"sub\":\"" + subject + "\",\"preferred_username\":\"" + username
                + "\",\"name\":\"" + name + "\",\"email\":\"" + username + "@bench.example\",\"department\":\""
                + department + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 86_400) + "}";
        String signingInput = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + URL.encodeToString(signature.sign());
    }
}
