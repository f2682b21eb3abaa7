//! The pages: each renders what the store holds, errors are HTML pages, and text from
//! articles is escaped wherever it is shown.

use crate::support::{TOKEN, corpus, fresh, get, get_html, get_json, post_json, record};
use parallax_serve::DEFAULT_MAX_BODY_BYTES;

const FIRE: &str = "mws-2024-03-06-kellan-bridge-fire";

#[tokio::test]
async fn every_page_shows_what_the_store_holds() {
    let app = corpus();
    let a = get_json(&app, &format!("/api/articles/{FIRE}")).await;
    let story = a["story"].as_str().unwrap();
    let home = get_html(&app, "/").await;
    assert!(home.contains(&format!("/stories/{story}")), "the list links the fire story");
    assert!(home.contains("/static/parallax.css"));

    let page = get_html(&app, &format!("/stories/{story}")).await;
    assert!(page.contains("Fire guts textile mill in northern English town"));
    assert!(page.contains(&format!("/articles/{FIRE}")));
    assert!(page.contains("/entities/"), "actors link to their entities");

    let article = get_html(&app, &format!("/articles/{FIRE}")).await;
    assert!(article.contains("Fire guts textile mill in northern English town"));
    assert!(article.contains("Meridian Wire Service"));
    assert!(article.contains(&format!("/stories/{story}")));

    let mut named = 0;
    for id in a["entity_ids"].as_object().unwrap().values() {
        let entity = get_json(&app, &format!("/api/entities/{id}")).await;
        let name = entity["entity"]["name"].as_str().unwrap();
        if name.chars().all(|c| c.is_alphanumeric() || c == ' ') {
            let page = get_html(&app, &format!("/entities/{id}")).await;
            assert!(page.contains(name), "{name} is on its page");
            assert!(page.contains(&format!("/stories/{story}")), "with the fire story");
            named += 1;
        }
    }
    assert!(named > 0, "some entity has a plain name");

    let search = get_html(&app, "/search?q=textile+mill").await;
    assert!(search.contains(&format!("/articles/{FIRE}")));
    let form = get_html(&app, "/search").await;
    assert!(form.contains("<form") && !form.contains(&format!("/articles/{FIRE}")));
}

#[tokio::test]
async fn page_errors_are_html() {
    let app = corpus();
    for (uri, status) in [
        ("/stories/S999999", 404),
        ("/articles/nope", 404),
        ("/entities/12x", 404),
        ("/?page=x", 400),
    ] {
        let answer = get(&app, uri).await;
        assert_eq!(answer.status.as_u16(), status, "{uri}");
        assert!(answer.content_type().starts_with("text/html"), "{uri}");
        assert!(answer.body.contains("<html"), "{uri}");
    }
    let bad = get(&app, "/search?q=fire&from=2024-99").await;
    assert_eq!(bad.status.as_u16(), 400);
    assert!(bad.body.contains("from must be a date"), "the form shows why");
    assert!(bad.body.contains("<form"), "and the form itself");
}

#[tokio::test]
async fn static_files_have_their_types() {
    let app = corpus();
    let css = get(&app, "/static/parallax.css").await;
    assert_eq!(css.status.as_u16(), 200);
    assert!(css.content_type().starts_with("text/css"));
    assert_eq!(css.body, parallax_web::STYLESHEET);
    let js = get(&app, "/static/parallax.js").await;
    assert!(js.content_type().starts_with("text/javascript"));
    assert_eq!(js.body, parallax_web::SCRIPT);
}

#[tokio::test]
async fn script_tags_from_articles_are_escaped_everywhere() {
    const RAW: &str = "<script>alert(1)</script>";
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let title = format!("Bridge vote {RAW} in Pellworth");
    let v =
        post_json(&app.router, &record("xss", &title, &format!("Some wrote {RAW} on it."))).await;
    assert_eq!(v.status.as_u16(), 201, "{}", v.body);
    let story = v.json()["records"][0]["story"].as_str().unwrap().to_string();
    let pages = [
        "/articles/xss".to_string(),
        format!("/stories/{story}"),
        "/search?q=alert".to_string(),
        "/search?q=pellworth+bridge".to_string(),
        "/".to_string(),
    ];
    for uri in pages {
        let html = get_html(&app.router, &uri).await;
        assert!(!html.contains(RAW), "{uri} shows the raw tag");
        assert!(!html.contains("<script>alert"), "{uri} shows the raw tag");
        assert!(html.contains("&lt;script&gt;"), "{uri} shows the escaped tag");
    }
    let article = get_html(&app.router, "/articles/xss").await;
    assert!(article.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
