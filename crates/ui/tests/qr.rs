//! QR codes for kiosk screens: SVG of the right size, with nothing of the
//! link in the markup as text.

#[test]
fn qr_codes_are_svg_of_the_right_size_and_carry_no_text() {
    use stadtteilnetz_ui::qr_svg::svg;
    let link =
        "https://stadtteilnetz.example.org/merkliste?ids=n:arbeitskreis-generationen,a:kubus";
    let image = svg(link).expect("fits");
    assert!(image.starts_with("<svg") && image.ends_with("</svg>"));
    assert!(
        !image.contains("stadtteilnetz"),
        "the link is not in the markup as text"
    );
    // Version 5 (37 modules) fits this link at level M: 37 + 2 × 4 = 45.
    assert!(
        image.contains("viewBox=\"0 0 45 45\"") || image.contains("viewBox=\"0 0 49 49\""),
        "{}",
        &image[..120]
    );
    let hostile = "<script>alert(1)</script>\"'&";
    assert!(!svg(hostile).unwrap().contains("script"));
    assert_eq!(svg(&"x".repeat(5000)), None, "too long for any QR code");
}
