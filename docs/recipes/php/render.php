<?php
/**
 * The harness: reads an article JSON document (the seed's shape) and renders
 * article.php with it, as WordPress's loop would. Usage:
 *
 *   php render.php article.json [folio.css URL] [folio.js URL] > page.html
 */
declare(strict_types=1);

if ($argc < 2) {
    fwrite(STDERR, "usage: php render.php article.json [folio.css URL] [folio.js URL]\n");
    exit(2);
}
$article = json_decode((string) file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);

$date = static fn (?string $iso): ?DateTimeImmutable => $iso ? new DateTimeImmutable($iso) : null;
$side = static fn (?array $post): ?array => $post ? [
    'label' => (string) $post['label'],
    'title' => $post['title'] ?? null,
    'href' => $post['href'] ?? null,
    'date' => $date($post['datePublished'] ?? null),
] : null;

// The captured disclaimer ends with its own report sentence (如发现本站…举报…); the
// notice writes that sentence from report-email / report-dialog, so the site's
// text stops before it. In WordPress this is simply the option's text.
$disclaimer = (string) $article['copyright']['disclaimer'];
$cut = strpos($disclaimer, '如发现本站');

$lang = (string) $article['lang'];
$title = (string) $article['title'];
$blocks = $article['blocks'];
$published = $date($article['datePublished'] ?? null);
$time_zone = (string) $article['timeZone'];
$reprint_notice = (string) $article['reprintNotice'];
$disclaimer = $cut === false ? $disclaimer : substr($disclaimer, 0, $cut);
$report_email = $article['copyright']['reportEmail'] ?? null;
$report_action = '/api/reports';
$prev = $side($article['prev'] ?? null);
$next = $side($article['next'] ?? null);
$related_heading = (string) $article['related']['heading'];
$related_items = $article['related']['items'];
$folio_css = $argv[2] ?? '/folio-elements/dist/folio.css';
$folio_js = $argv[3] ?? '/folio-elements/dist/folio.js';

require __DIR__ . '/article.php';
