//! The JSON Schema shipped for editors is generated from the Rust types;
//! this test fails when someone changes the types and forgets to regenerate.
#![cfg(feature = "schema")]

mod common;
use common::EMBEDDED_JSON;
use stadtteilnetz_core::schema::dataset_schema_json;

#[test]
fn committed_schema_is_up_to_date() {
    let committed = include_str!("../../../data/netzwerke.schema.json");
    assert!(
        committed == dataset_schema_json(),
        "data/netzwerke.schema.json is stale: run `cargo schema > data/netzwerke.schema.json`"
    );
}

#[test]
fn schema_knows_the_enums_and_required_fields() {
    let schema: serde_json::Value = serde_json::from_str(&dataset_schema_json()).unwrap();
    let text = schema.to_string();
    for value in [
        "district",
        "federal",
        "supported_place",
        "membership_in",
        "city_department",
        "non_profit_company",
    ] {
        assert!(
            text.contains(&format!("\"{value}\"")),
            "{value} missing from the schema"
        );
    }
    let required = &schema["$defs"]["Network"]["required"];
    for field in [
        "slug",
        "name",
        "summary",
        "description",
        "topics",
        "levels",
        "actors",
    ] {
        assert!(
            required.as_array().unwrap().iter().any(|f| f == field),
            "{field} not required"
        );
    }
    // The data file points editors at the schema.
    let data: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    assert_eq!(data["$schema"], "./netzwerke.schema.json");
}
