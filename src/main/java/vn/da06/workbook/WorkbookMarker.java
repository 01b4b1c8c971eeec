package vn.da06.workbook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hidden marker every generated workbook carries: plan, unit, month and template version, signed with a
 * key that only this warehouse knows (table app_secret). A workbook whose cover or marker was edited, or that was
 * made for another unit or month, no longer matches its signature.
 *
 * @param planCode        plan code, e.g. TUYPHUOC-2024
 * @param unitCode        unit code, e.g. 21952
 * @param month           reporting month as YYYY-MM
 * @param templateVersion {@link WorkbookLayout#TEMPLATE_VERSION} at generation
 * @param signature       HMAC-SHA256 of the four fields, hex
 */
public record WorkbookMarker(String planCode, String unitCode, String month, String templateVersion, String signature) {

    /** A marker for the given fields, signed with the warehouse key. */
    public static WorkbookMarker signed(String planCode, String unitCode, String month, String templateVersion, byte[] key) {
        return new WorkbookMarker(planCode, unitCode, month, templateVersion,
                sign(key, planCode, unitCode, month, templateVersion));
    }

    /** True when the signature matches the fields under the warehouse key. */
    public boolean isAuthentic(byte[] key) {
        String expected = sign(key, planCode, unitCode, month, templateVersion);
        return signature != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(byte[] key, String... fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.join("\n", fields).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
