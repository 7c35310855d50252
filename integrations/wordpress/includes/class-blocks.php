<?php
/**
 * Two dynamic blocks, rendered on the server like the shortcodes. Their editor script is plain
 * JavaScript on the `wp` globals: no build step.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

use WP_Block;

defined( 'ABSPATH' ) || exit;

/** The glossary block and the term block. */
final class Blocks {
	const EDITOR = 'ics-glossary-blocks';

	/** Hooks into WordPress. */
	public static function init(): void {
		add_action( 'init', array( self::class, 'register' ) );
		add_action( 'enqueue_block_editor_assets', array( self::class, 'editor_data' ) );
		// Also inside the editor's iframe (WordPress 6.3 and later), so the preview has live tooltips.
		add_action( 'enqueue_block_assets', array( self::class, 'editor_preview' ) );
	}

	/** Registers the editor script and both blocks from their block.json. */
	public static function register(): void {
		wp_register_script(
			self::EDITOR,
			plugins_url( 'blocks/editor.js', FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
			VERSION,
			true
		);
		register_block_type( DIR . 'blocks/glossary', array( 'render_callback' => array( self::class, 'glossary' ) ) );
		register_block_type( DIR . 'blocks/term', array( 'render_callback' => array( self::class, 'term' ) ) );
	}

	/** The categories and entries the editor offers, read only when the editor opens. */
	public static function editor_data(): void {
		$entries = array_map(
			function ( $entry ) {
				return array(
					'id'        => $entry['id'],
					'term'      => $entry['term'],
					'expansion' => $entry['expansion'] ?? '',
				);
			},
			Glossary::entries()
		);
		$data    = array(
			'categories' => Glossary::categories(),
			'entries'    => $entries,
		);
		wp_add_inline_script( self::EDITOR, 'window.icsGlossaryBlocks = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	}

	/** The elements themselves in the editor, so a block's preview behaves as the page will. */
	public static function editor_preview(): void {
		if ( is_admin() ) {
			Assets::need();
		}
	}

	/**
	 * Renders the glossary block.
	 *
	 * @param array<string, string> $attributes category, search.
	 */
	public static function glossary( $attributes ): string {
		return '<div ' . get_block_wrapper_attributes() . '>' . Markup::glossary(
			array(
				'category' => $attributes['category'] ?? '',
				'search'   => $attributes['search'] ?? '',
			)
		) . '</div>';
	}

	/**
	 * Renders the term block: a paragraph holding the term.
	 *
	 * @param array<string, string> $attributes id, text.
	 * @param string                $content    Unused: the block saves no markup.
	 * @param WP_Block|null         $block      The block, whose context names the post.
	 */
	public static function term( $attributes, $content = '', $block = null ): string {
		if ( empty( $attributes['id'] ) && empty( $attributes['text'] ) ) {
			return '';
		}
		$post_id = $block && isset( $block->context['postId'] ) ? $block->context['postId'] : null;
		return '<p ' . get_block_wrapper_attributes() . '>'
			. Markup::term( $attributes['id'] ?? '', $attributes['text'] ?? '', Content::as_of( get_post( $post_id ) ) )
			. '</p>';
	}
}
