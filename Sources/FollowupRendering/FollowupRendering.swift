/// Renderers: summary text, email (RFC 5322/2047), calendar (RFC 5545).
public enum FollowupRendering {}
