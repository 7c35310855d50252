<?php
/**
 * `[ics_glossary]` and `[ics_term id="icb"]…[/ics_term]`.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

/** The two shortcodes. */
final class Shortcodes {
	/** Hooks into WordPress. */
	public static function init(): void {
		add_shortcode( 'ics_glossary', array( self::class, 'glossary' ) );
		add_shortcode( 'ics_term', array( self::class, 'term' ) );
	}

	/**
	 * The A–Z glossary: `[ics_glossary category="organisation" search="board" search_param="q"]`.
	 *
	 * @param array<string, string>|string $atts Shortcode attributes.
	 */
	public static function glossary( $atts ): string {
		return Markup::glossary(
			shortcode_atts(
				array(
					'category'      => '',
					'search'        => '',
					'search_param'  => '',
					'terms'         => '',
					'heading_level' => '',
					'as_of'         => '',
				),
				$atts,
				'ics_glossary'
			)
		);
	}

	/**
	 * One term: `[ics_term id="icb"]integrated care boards[/ics_term]`, or `[ics_term]ICB[/ics_term]`.
	 * Dated as of the post, like the terms `<ics-autotag>` creates.
	 *
	 * @param array<string, string>|string $atts    Shortcode attributes.
	 * @param string|null                  $content The words shown.
	 */
	public static function term( $atts, $content = null ): string {
		$atts = shortcode_atts(
			array(
				'id'    => '',
				'as_of' => '',
			),
			$atts,
			'ics_term'
		);
		return Markup::term( $atts['id'], (string) $content, $atts['as_of'] ? $atts['as_of'] : Content::as_of( get_post() ) );
	}
}
