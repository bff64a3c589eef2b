import CICUShim

public enum Script {
    /// ICU's short script code of a scalar: "Latn", "Cyrl", "Zyyy" (common), ...
    public static func code(of scalar: Unicode.Scalar) -> String {
        String(cString: fu_script_code(scalar.value))
    }
}
