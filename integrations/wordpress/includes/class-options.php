<?php
/**
 * The plugin's two options: the settings, and the custom glossary that passed validation.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

/** Reads the stored options, with defaults for whatever was never saved. */
final class Options {
	const NAME   = 'ics_glossary_options';
	const CUSTOM = 'ics_glossary_custom';

	/**
	 * Settings as a fresh install has them: posts are tagged, each term where it first appears.
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults(): array {
		return array(
			'autotag'       => true,
			'post_types'    => array( 'post' ),
			'first_only'    => true,
			'exclude'       => '',
			'never'         => '',
			'glossary_href' => '',
			'mode'          => 'merge',
		);
	}

	/**
	 * The settings in force.
	 *
	 * @return array<string, mixed>
	 */
	public static function get(): array {
		$saved = get_option( self::NAME, array() );
		return array_merge( self::defaults(), is_array( $saved ) ? $saved : array() );
	}

	/**
	 * The custom glossary in use, or null for the bundled one alone: `json` (the text as validated),
	 * `url` (set when it came from a file on the site, which pages then fetch), `label`, `count`, `checker`.
	 *
	 * @return array<string, mixed>|null
	 */
	public static function custom(): ?array {
		$custom = get_option( self::CUSTOM );
		return is_array( $custom ) && isset( $custom['json'] ) ? $custom : null;
	}

	/**
	 * Stores a validated glossary. Not autoloaded: only pages with glossary markup read it.
	 *
	 * @param array<string, mixed> $custom As returned by custom().
	 */
	public static function set_custom( array $custom ): void {
		delete_option( self::CUSTOM );
		add_option( self::CUSTOM, $custom, '', 'no' );
	}
}
