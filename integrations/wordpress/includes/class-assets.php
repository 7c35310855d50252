<?php
/**
 * The one-script build, from the plugin's own folder: registered everywhere, enqueued (in the footer)
 * only by the markup that needs it.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

/** Loads dist/ics-glossary.js as a module, and tells it where the glossary page is. */
final class Assets {
	const HANDLE = 'ics-glossary';

	/** Hooks into WordPress. */
	public static function init(): void {
		add_action( 'init', array( self::class, 'register' ) );
		add_filter( 'script_loader_tag', array( self::class, 'as_module' ), 10, 2 );
		add_action( 'wp_head', array( self::class, 'glossary_href' ) );
	}

	/**
	 * Registers the script. No `?ver=` on its address: the lazily loaded chunks beside it in dist/ import
	 * the entry by its plain address, and a second address would load a second copy.
	 */
	public static function register(): void {
		wp_register_script( self::HANDLE, plugins_url( 'dist/ics-glossary.js', FILE ), array(), null, true );
	}

	/** Called by whatever prints glossary markup, before the footer. */
	public static function need(): void {
		wp_enqueue_script( self::HANDLE );
	}

	/**
	 * Makes the script tag a module. WordPress before 6.5 has no module scripts, and some versions and
	 * themes add `type="text/javascript"`, which would stop a module from running.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 */
	public static function as_module( $tag, $handle ): string {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
		return str_replace( '<script ', '<script type="module" ', $tag );
	}

	/** Points the tooltips' "More in the glossary" at the glossary page, when one is set. */
	public static function glossary_href(): void {
		$href = Options::get()['glossary_href'];
		if ( $href ) {
			printf( '<meta name="ics-glossary-href" content="%s" />' . "\n", esc_url( $href ) );
		}
	}
}
