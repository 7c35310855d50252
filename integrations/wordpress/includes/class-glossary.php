<?php
/**
 * What the plugin needs to know about the glossary on the server: entry ids for `terms`, the
 * categories, and what an id is called. The browser does the rest.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

/** Entries of the bundled glossary, with the site's own merged over them or replacing them. */
final class Glossary {
	/**
	 * Decoded JSON files, by path, for the rest of the request.
	 *
	 * @var array<string, mixed>
	 */
	private static $files = array();

	/**
	 * A JSON file shipped with the plugin, decoded into arrays.
	 *
	 * @param string $name File name under glossary/.
	 * @return mixed
	 */
	private static function file( string $name ) {
		if ( ! isset( self::$files[ $name ] ) ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
			self::$files[ $name ] = json_decode( (string) file_get_contents( DIR . 'glossary/' . $name ), true );
		}
		return self::$files[ $name ];
	}

	/**
	 * The glossary schema, as objects, for the PHP validator.
	 *
	 * @return object
	 */
	public static function schema() {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		return json_decode( (string) file_get_contents( DIR . 'glossary/glossary.schema.json' ) );
	}

	/**
	 * The categories an entry may have, as the schema lists them.
	 *
	 * @return string[]
	 */
	public static function categories(): array {
		return self::file( 'glossary.schema.json' )['$defs']['entry']['properties']['category']['enum'];
	}

	/**
	 * The entries pages use: bundled and custom merged by id, or the custom ones alone in replace mode.
	 *
	 * @return array<int, array<string, mixed>>
	 */
	public static function entries(): array {
		$custom = Options::custom();
		$own    = $custom ? json_decode( $custom['json'], true ) : array();
		$own    = isset( $own['entries'] ) ? $own['entries'] : $own;
		if ( $custom && 'replace' === Options::get()['mode'] ) {
			return $own;
		}
		$by_id = array();
		foreach ( array_merge( self::file( 'glossary.json' )['entries'], $own ) as $entry ) {
			$by_id[ $entry['id'] ] = $entry;
		}
		return array_values( $by_id );
	}

	/**
	 * The term an entry id stands for ("icb" → "ICB"), or null for an unknown id.
	 *
	 * @param string $id Entry id.
	 */
	public static function term_of( string $id ): ?string {
		foreach ( self::entries() as $entry ) {
			if ( $entry['id'] === $id ) {
				return $entry['term'];
			}
		}
		return null;
	}

	/**
	 * Names from a comma- or line-separated list, as typed in the settings.
	 *
	 * @param string $text The list.
	 * @return string[]
	 */
	public static function names( string $text ): array {
		return array_values( array_filter( array_map( 'trim', preg_split( '/[,\n]+/', $text ) ) ) );
	}

	/**
	 * Whether a name typed by an editor ("ICP", "icp-partnership", "integrated care board") names an entry.
	 *
	 * @param array<string, mixed> $entry An entry.
	 * @param string               $name  The name.
	 */
	private static function named( array $entry, string $name ): bool {
		$forms = array_merge( array( $entry['id'], $entry['term'] ), isset( $entry['expansion'] ) ? array( $entry['expansion'] ) : array(), isset( $entry['aliases'] ) ? $entry['aliases'] : array() );
		foreach ( $forms as $form ) {
			if ( 0 === strcasecmp( $form, $name ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The ids `<ics-autotag terms>` should look for when some terms are never to be tagged: every entry
	 * it would tag by default (not `autotag: false`) except those named.
	 *
	 * @param string[] $never Names of entries not to tag.
	 * @return string[]
	 */
	public static function autotag_ids( array $never ): array {
		$ids = array();
		foreach ( self::entries() as $entry ) {
			$excluded = array_filter(
				$never,
				function ( $name ) use ( $entry ) {
					return self::named( $entry, $name );
				}
			);
			if ( ( ! isset( $entry['autotag'] ) || false !== $entry['autotag'] ) && ! $excluded ) {
				$ids[] = $entry['id'];
			}
		}
		return $ids;
	}

	/**
	 * The names that match no entry, to warn about in the settings.
	 *
	 * @param string[] $names Names typed by an editor.
	 * @return string[]
	 */
	public static function unknown( array $names ): array {
		$entries = self::entries();
		return array_values(
			array_filter(
				$names,
				function ( $name ) use ( $entries ) {
					foreach ( $entries as $entry ) {
						if ( self::named( $entry, $name ) ) {
							return false;
						}
					}
					return true;
				}
			)
		);
	}
}
