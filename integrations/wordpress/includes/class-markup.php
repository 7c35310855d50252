<?php
/**
 * The elements the plugin prints. Every value passes through esc_attr or esc_html, and inline
 * glossary data through wp_json_encode with `<` and `>` escaped, so no setting can become markup.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

/** Builds `<ics-autotag>`, `<ics-term>`, `<ics-glossary>` and the provider of the site's glossary. */
final class Markup {
	/**
	 * How deep we are inside content that will have a provider around it, so that what shortcodes and
	 * blocks print there does not repeat the glossary data.
	 *
	 * @var int
	 */
	private static $depth = 0;

	/** Starts content that provided() will wrap once it is complete. */
	public static function enter(): void {
		++self::$depth;
	}

	/** Ends it, before that content is wrapped. */
	public static function leave(): void {
		--self::$depth;
	}

	/**
	 * ` name="value"` for each attribute that has a value.
	 *
	 * @param array<string, string|null> $attributes Names and values.
	 */
	public static function attributes( array $attributes ): string {
		$html = '';
		foreach ( $attributes as $name => $value ) {
			if ( null !== $value && '' !== $value ) {
				$html .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
			}
		}
		return $html;
	}

	/**
	 * Wraps glossary markup in `<ics-glossary-provider>` when the site has its own glossary and no
	 * provider is around it yet, and asks for the script.
	 *
	 * @param string $inner Markup holding glossary elements.
	 */
	public static function provided( string $inner ): string {
		Assets::need();
		$custom = Options::custom();
		if ( ! $custom || self::$depth > 0 ) {
			return $inner;
		}
		$attributes = self::attributes(
			array(
				'src'   => $custom['url'] ? esc_url_raw( $custom['url'] ) : null,
				'mode'  => Options::get()['mode'],
				// As the element sets itself once loaded: no box, so the theme's layout is unchanged.
				'style' => 'display: contents',
			)
		);
		if ( $custom['url'] ) {
			return "<ics-glossary-provider$attributes>$inner</ics-glossary-provider>";
		}
		// JSON_HEX_TAG writes < and > as \u003C and \u003E: the data cannot end the script element.
		$json = wp_json_encode( json_decode( $custom['json'] ), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE );
		return "<ics-glossary-provider$attributes><script type=\"application/json\">$json</script>$inner</ics-glossary-provider>";
	}

	/**
	 * `<ics-term>`: the entry named by `$id`, or looked up by its text.
	 *
	 * @param string      $id    Entry id, or ''.
	 * @param string      $text  The words shown; the entry's term when empty.
	 * @param string|null $as_of The date the page speaks of.
	 */
	public static function term( string $id, string $text, ?string $as_of ): string {
		$text = trim( wp_strip_all_tags( $text ) );
		if ( '' === $text ) {
			$text = (string) Glossary::term_of( $id );
		}
		return self::provided(
			'<ics-term' . self::attributes(
				array(
					'term'  => $id,
					'as-of' => $as_of,
				)
			) . '>' . esc_html( $text ) . '</ics-term>'
		);
	}

	/**
	 * `<ics-glossary>`, the A–Z page.
	 *
	 * @param array<string, string> $options category, search, search_param, terms, heading_level, as_of.
	 */
	public static function glossary( array $options ): string {
		return self::provided(
			'<ics-glossary' . self::attributes(
				array(
					'category'      => $options['category'] ?? null,
					'search'        => $options['search'] ?? null,
					'search-param'  => $options['search_param'] ?? null,
					'terms'         => $options['terms'] ?? null,
					'heading-level' => $options['heading_level'] ?? null,
					'as-of'         => $options['as_of'] ?? null,
				)
			) . '></ics-glossary>'
		);
	}
}
