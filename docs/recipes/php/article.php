<?php
/**
 * The seed article's page as a PHP template, written the way a WordPress
 * theme writes `single.php`: the loop's values go into attributes and
 * children, escaped where they are printed. render.php feeds it the seed JSON;
 * in WordPress the comments name the function that gives each value.
 *
 * Variables (set by render.php; in WordPress inside `while ( have_posts() ) : the_post();`):
 *   $lang            'zh-CN'                    get_bloginfo( 'language' )
 *   $title           the headline               get_the_title()
 *   $blocks          [['type' => 'paragraph'|'heading', 'text' => …], …]
 *                                               WordPress: the_content() prints HTML that kses already filtered; see below
 *   $published       ?DateTimeImmutable         get_post_datetime()
 *   $time_zone       'Asia/Shanghai'            wp_timezone_string() — pick a city in Settings → General, not a "UTC+8" offset
 *   $reprint_notice  '未经许可不得转载'
 *   $disclaimer      the site's 版权声明, without a report sentence (the notice writes that itself)
 *   $report_email    ?string                    get_option( 'admin_email' ), or null
 *   $report_action   '/api/reports'             rest_url( 'folio/v1/reports' )
 *   $prev, $next     ?['label', 'title', 'href', 'date' => ?DateTimeImmutable]
 *                                               get_previous_post() / get_next_post(), get_permalink(), get_post_datetime()
 *   $related_heading '相关推荐'
 *   $related_items   [['title', 'href', 'date'?], …]
 *   $folio_css, $folio_js  the two files' URLs   get_theme_file_uri( 'folio/folio.css' ), …
 */

// Escaping, at the point of output. htmlspecialchars with ENT_QUOTES is safe in
// text and in double- or single-quoted attributes; ENT_SUBSTITUTE keeps a broken
// UTF-8 byte from emptying the whole string. WordPress: esc_attr() / esc_html().
$e = static fn (?string $value): string => htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');

// A URL from data becomes an href only when it is http(s), mailto, relative or a
// fragment; browsers ignore tabs, newlines and edge spaces, so "java\tscript:" is
// judged as what it is. WordPress: esc_url(), which also drops javascript:.
$url = static function (?string $value) use ($e): string {
    $url = preg_replace('/^[\x00-\x20]+|[\x00-\x20]+$/', '', str_replace(["\t", "\n", "\r"], '', (string) $value));
    if (preg_match('/^([a-z][a-z0-9+.\-]*):/i', $url, $scheme) && !in_array(strtolower($scheme[1]), ['http', 'https', 'mailto'], true)) {
        return '';
    }
    return $e($url);
};

// JSON inside <script type="application/json">: JSON_HEX_TAG writes < and > as
// \u003C and \u003E, so no value can close the script ("</script>") or open a
// comment ("<!--"); the other flags do the same for & ' ". The parsed data is
// unchanged. WordPress: wp_json_encode( $value, the same flags ).
$json = static fn ($value): string => json_encode(
    $value,
    JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR,
);

// Dates go into attributes as ISO 8601 with their offset (WordPress: get_the_date( 'c' ));
// the tags show them in `time-zone`. The no-JavaScript fallback text is written here,
// in the same zone. WordPress: wp_date( 'Y年n月j日 A g:i', $date->getTimestamp() ), whose
// zh_CN locale says 上午/下午 itself.
$iso = static fn (DateTimeImmutable $date): string => $date->format(DATE_ATOM);
$shown = static function (DateTimeImmutable $date) use ($time_zone): string {
    try {
        $local = $date->setTimezone(new DateTimeZone($time_zone));
    } catch (Exception) {
        $local = $date; // an unknown zone: the date's own offset, rather than no page at all
    }
    return $local->format('Y年n月j日 ') . ($local->format('A') === 'AM' ? '上午' : '下午') . $local->format('g:i');
};
?>
<!doctype html>
<html lang="<?= $e($lang) ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= $e($title) ?></title>
<?php /* The two lines. WordPress: wp_enqueue_style( 'folio', … ) and wp_enqueue_script_module( 'folio', … ). */ ?>
<link rel="stylesheet" href="<?= $url($folio_css) ?>">
<script type="module" src="<?= $url($folio_js) ?>"></script>
</head>
<body>
<main>
<folio-article headline="<?= $e($title) ?>" time-zone="<?= $e($time_zone) ?>" reprint-notice="<?= $e($reprint_notice) ?>"
               normalize-punctuation indent toc reading-time structured-data<?php if ($published) : ?> date-published="<?= $e($iso($published)) ?>"<?php endif; ?>>
<?php
// WordPress: the_content() here instead of this loop; the <h2>s in it join the contents too.
foreach ($blocks as $block) :
    if ($block['type'] === 'heading') : ?>
<folio-section-heading><?= $e($block['text']) ?></folio-section-heading>
<?php else : ?>
<p><?= $e($block['text']) ?></p>
<?php endif;
endforeach; ?>
</folio-article>

<footer>
<folio-copyright-notice report-dialog="report-dialog"<?php if ($report_email) : ?> report-email="<?= $e($report_email) ?>"<?php endif; ?>>
<p><?= $e($disclaimer) ?></p>
</folio-copyright-notice>
</footer>

<folio-post-nav<?php
foreach (['prev' => $prev, 'next' => $next] as $side => $post) :
    if (!$post) continue;
    if ($url($post['href'])) : ?> <?= $side ?>-href="<?= $url($post['href']) ?>"<?php endif;
    if ($post['title'] !== null && $post['title'] !== '') : ?> <?= $side ?>-title="<?= $e($post['title']) ?>"<?php endif;
    if ($post['date']) : ?> <?= $side ?>-date="<?= $e($iso($post['date'])) ?>"<?php endif;
endforeach; ?> time-zone="<?= $e($time_zone) ?>">
<?php /* What readers without JavaScript see, one child per side; folio.css gives it the tag's box. */
foreach (['prev' => $prev, 'next' => $next] as $side => $post) :
    if (!$post) continue;
    $text = trim($post['label'] . ' ' . ($post['title'] ?: ($post['date'] ? $shown($post['date']) : '')));
    if ($url($post['href'])) : ?>
<p><a href="<?= $url($post['href']) ?>" rel="<?= $side ?>"><?= $e($text) ?></a></p>
<?php else : ?>
<p><?= $e($text) ?></p>
<?php endif;
endforeach; ?>
</folio-post-nav>

<?php if ($related_items) : ?>
<folio-related-posts heading="<?= $e($related_heading) ?>" limit="<?= count($related_items) ?>" time-zone="<?= $e($time_zone) ?>">
<script type="application/json"><?= $json($related_items) ?></script>
</folio-related-posts>
<?php else : /* Known to be empty: no JSON at all, so folio.css reserves only the heading and the message. */ ?>
<folio-related-posts heading="<?= $e($related_heading) ?>"></folio-related-posts>
<?php endif; ?>

<folio-report-dialog id="report-dialog" action="<?= $url($report_action) ?>"></folio-report-dialog>
</main>
</body>
</html>
